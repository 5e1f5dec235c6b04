"""The audit log of people's data: a person's «Accesos» and the office's «Registro de accesos»."""

"""Metas: the targets dashboard, «Editar metas», the «Seguimiento» tab and the survey form."""

"""Metas: the year's targets dashboard, «Editar metas», the «Seguimiento» tab and the survey form."""

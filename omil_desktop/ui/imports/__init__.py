"""The first-day import of the office's spreadsheets of people and companies (the import wizard)."""

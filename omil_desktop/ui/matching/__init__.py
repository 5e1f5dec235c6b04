"""Matching in the window: candidates for a vacancy, vacancies for a person."""

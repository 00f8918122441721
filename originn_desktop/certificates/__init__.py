"""Certificates (intyg): what they say, how they are drawn, what their files are called."""

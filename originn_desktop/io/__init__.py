"""Reading and writing files: spreadsheets in, rosters and reports out. No Qt here."""

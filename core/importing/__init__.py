"""Reading a shop's files: file kinds, workbooks and text files, headers, dates, amounts, column mapping, cleaning, the import report."""

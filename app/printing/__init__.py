"""Printed paper: loan receipts, loan forms, pump labels and packing slips (reportlab)."""

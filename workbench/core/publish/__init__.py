"""What leaves the library: ClaimReview JSON-LD, reports, spreadsheets and case bundles.

May use `workbench.core.library` and `workbench.core.language`; never writes to the library
except to import what it exported.
"""

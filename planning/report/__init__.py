"""The village plan as documents: PDF (Typst), XLSX (openpyxl) and the charts both use.

Submodules load matplotlib, typst and openpyxl only when called.
"""

"""PDF documents drawn with ReportLab: the funders' report and (later) certificates."""

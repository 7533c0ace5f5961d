namespace Mesa.Core.Reports;

/// <summary>What a report is read as (<c>format=</c>): the API's JSON, or a file.</summary>
public enum ReportFormat
{
    Json,
    Csv,
    Xlsx,
    Pdf,
}

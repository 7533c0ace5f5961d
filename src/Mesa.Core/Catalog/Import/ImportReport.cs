namespace Mesa.Core.Catalog.Import;

/// <summary>
/// What an import did or would do. <see cref="Applied"/> is true only when every row was good and it was not a
/// dry run; otherwise nothing was changed.
/// </summary>
public sealed record ImportReport(ImportKind Kind, int Rows, bool DryRun, bool Applied, IReadOnlyList<ImportError> Errors);

/// <summary>A bad row: its line in the file (1 is the header), the column, and the rule it broke with its arguments.</summary>
public sealed record ImportError(int Line, string? Column, string Rule, IReadOnlyList<object> Arguments);

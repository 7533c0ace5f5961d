namespace Mesa.Core.Tickets.Import;

/// <summary>The two files of a ProactivaNET export: the listing of tickets and, optionally, their actions.</summary>
public enum ImportedFile
{
    Tickets,
    Actions,
}

/// <summary>
/// What an import of the old desk's tickets did or would do. <see cref="Applied"/> is true only when every row of both
/// files was good and it was not a dry run; otherwise nothing was changed.
/// </summary>
public sealed record TicketImportReport(int Tickets, int Actions, bool DryRun, bool Applied, IReadOnlyList<TicketImportError> Errors);

/// <summary>A row that could not be taken: its file, its line (1 is the header), the column, and the rule it broke.</summary>
public sealed record TicketImportError(ImportedFile File, int Line, string? Column, string Rule, IReadOnlyList<object> Arguments);

/// <summary>How far an import has gone: rows of the listing checked, and tickets written (none in a dry run).</summary>
public sealed record TicketImportProgress(int Rows, int Checked, int Written);

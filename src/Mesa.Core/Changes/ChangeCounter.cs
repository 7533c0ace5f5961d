namespace Mesa.Core.Changes;

/// <summary>The last consecutive number handed out for a year's change codes ("RFC 2026-000001").</summary>
public sealed class ChangeCounter
{
    public int Year { get; private set; }

    public long LastValue { get; private set; }
}

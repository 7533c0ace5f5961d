namespace Mesa.Core.Sla;

/// <summary>A day off in a calendar, with the name people know it by.</summary>
public sealed record Holiday(DateOnly Date, string Name);

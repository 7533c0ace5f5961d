namespace Mesa.Core.Sla;

/// <summary>A stretch during which a ticket's clock did not run (a clock-stopping substate); open while To is null.</summary>
public readonly record struct ClockPause(DateTimeOffset From, DateTimeOffset? To);

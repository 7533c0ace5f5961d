namespace Mesa.Core.Reports;

/// <summary>The reports of Guía §4 ("generación de reportes y seguimiento de los ANS") and §3 (indicadores).</summary>
public enum ReportName
{
    /// <summary>ANS compliance: response and resolution met or breached.</summary>
    Sla,

    /// <summary>First-response and resolution times, in working minutes of each ticket's clock (Guía §14.1).</summary>
    Times,

    /// <summary>The survey of Guía §14.4.</summary>
    Satisfaction,

    /// <summary>Registered, resolved, closed and reopened.</summary>
    Flow,

    /// <summary>What is open now: by age, state, breaches and risk.</summary>
    Backlog,

    /// <summary>"Incorrecta" answers and revoked assignments.</summary>
    Reopenings,

    /// <summary>Solved on first contact (Guía §14.2 "Servicio 1ª Línea").</summary>
    FirstContact,

    /// <summary>From first to second line (Guía §12).</summary>
    Escalation,

    /// <summary>What each agent or group carries and resolves.</summary>
    Workload,

    /// <summary>The categories (or services) with most tickets.</summary>
    Top,
}

/// <summary>What a report's rows are: periods of registration, or one of the ticket's own fields.</summary>
public enum ReportBy
{
    Month,
    Week,
    Day,
    Group,
    Agent,
    Service,
    Category,
    Priority,
    Origin,
    Type,
    State,
    Substate,
}

public static class ReportByExtensions
{
    public static bool IsPeriod(this ReportBy by) => by is ReportBy.Month or ReportBy.Week or ReportBy.Day;
}

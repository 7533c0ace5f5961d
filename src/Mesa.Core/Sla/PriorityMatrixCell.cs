namespace Mesa.Core.Sla;

/// <summary>One cell of the configurable impact × urgency table (Guía §14.2 "Prioridad").</summary>
public sealed class PriorityMatrixCell
{
    private PriorityMatrixCell()
    {
    }

    public PriorityMatrixCell(Level impact, Level urgency, Level priority)
    {
        Impact = impact;
        Urgency = urgency;
        Priority = priority;
    }

    public Level Impact { get; private set; }

    public Level Urgency { get; private set; }

    public Level Priority { get; set; }
}

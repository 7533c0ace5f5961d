namespace Mesa.Core.Sla;

/// <summary>
/// Guía §14.2 "Prioridad: Medio (Impacto * Urgencia)": the priority is read from an impact × urgency table.
/// </summary>
public sealed class PriorityMatrix
{
    private readonly Level[,] _cells;

    public PriorityMatrix(Level[,] cells)
    {
        var size = Enum.GetValues<Level>().Length;
        if (cells.GetLength(0) != size || cells.GetLength(1) != size)
            throw new ArgumentException($"The matrix must be {size}×{size}.", nameof(cells));
        _cells = cells;
    }

    /// <summary>The usual ITIL table: the priority grows with both impact and urgency.</summary>
    public static PriorityMatrix Default { get; } = new(new[,]
    {
        //            urgency: Low           Medium        High            Critical
        /* Low      */ { Level.Low,    Level.Low,    Level.Medium,   Level.Medium },
        /* Medium   */ { Level.Low,    Level.Medium, Level.Medium,   Level.High },
        /* High     */ { Level.Medium, Level.Medium, Level.High,     Level.Critical },
        /* Critical */ { Level.Medium, Level.High,   Level.Critical, Level.Critical },
    });

    public Level PriorityOf(Level impact, Level urgency) => _cells[(int)impact, (int)urgency];
}

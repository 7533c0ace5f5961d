namespace Mesa.Core.Sla;

/// <summary>The scale shared by impacto, urgencia and prioridad (Guía §14.2 "Impacto / Urgencia", "Prioridad").</summary>
public enum Level
{
    Low,
    Medium,
    High,
    Critical,
}

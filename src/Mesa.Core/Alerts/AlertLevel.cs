namespace Mesa.Core.Alerts;

/// <summary>How much an alert matters; shown in words and not by colour alone.</summary>
public enum AlertLevel
{
    Information,
    Warning,
    Critical,
}

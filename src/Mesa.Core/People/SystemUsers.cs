namespace Mesa.Core.People;

/// <summary>Accounts the system acts as. The guide's history shows "Registrado por: Escalado Automático".</summary>
public static class SystemUsers
{
    public const string AutomaticEscalation = "escalado.automatico";
    public const string AutomaticEscalationDisplayName = "Escalado Automático";
}

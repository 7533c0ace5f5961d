namespace Mesa.Core.Routing;

public enum GroupRole
{
    Member,
    Supervisor,
}

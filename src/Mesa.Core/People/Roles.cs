namespace Mesa.Core.People;

/// <summary>The role names stored in Identity.</summary>
public static class Roles
{
    public const string Requester = "requester";
    public const string Agent = "agent";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Requester, Agent, Supervisor, Admin];
}

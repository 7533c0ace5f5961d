namespace Mesa.Core.Changes;

/// <summary>
/// One member of a change's *equipo de trabajo* (Guía §11, "En mi equipo de trabajo" and "En mis grupos en equipo de
/// trabajo"): an agent, or a group whose members all see the change in their team views.
/// </summary>
public sealed class ChangeTeamMember
{
    private ChangeTeamMember()
    {
    }

    internal ChangeTeamMember(ChangeTeamMemberKind kind, long memberId)
    {
        Kind = kind;
        MemberId = memberId;
    }

    public long Id { get; private set; }

    public long ChangeId { get; private set; }

    public ChangeTeamMemberKind Kind { get; private set; }

    /// <summary>The user's or the group's id, as <see cref="Kind"/> says.</summary>
    public long MemberId { get; private set; }
}

public enum ChangeTeamMemberKind
{
    Agent,
    Group,
}

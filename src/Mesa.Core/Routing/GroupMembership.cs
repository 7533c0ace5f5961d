namespace Mesa.Core.Routing;

/// <summary>A person's place in a group: a member who takes tickets, or a supervisor who oversees them.</summary>
public sealed class GroupMembership
{
    private GroupMembership()
    {
    }

    public GroupMembership(long userId, GroupRole role)
    {
        UserId = userId;
        Role = role;
    }

    public long GroupId { get; private set; }

    public long UserId { get; private set; }

    public GroupRole Role { get; private set; }
}

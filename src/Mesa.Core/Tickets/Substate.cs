namespace Mesa.Core.Tickets;

/// <summary>
/// Guía §10 "subestados": special conditions inside a state that may stop the ANS clock. They are data, so the desk
/// can add its own; <see cref="Automatic"/> ones are set only by the system (a question, the user's answer).
/// </summary>
public sealed class Substate
{
    public const int CodeMaxLength = 60;

    private Substate()
    {
    }

    public Substate(string code, string name, string description, bool stopsClock, bool automatic)
    {
        Code = code;
        Name = name;
        Description = description;
        StopsClock = stopsClock;
        Automatic = automatic;
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    public bool StopsClock { get; private set; }

    public bool Automatic { get; private set; }

    public bool Active { get; private set; } = true;
}

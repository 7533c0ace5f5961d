using Mesa.Core.Common;

namespace Mesa.Core.Tickets;

/// <summary>
/// Guía §10 "subestados": special conditions inside a state "que pueden generar una parada de reloj y/o una ampliación
/// de la fecha estimada de resolución del ANS". They are data: the desk creates its own "según la dinámica de la
/// operación y las necesidades"; <see cref="Automatic"/> ones are set only by Mesa (a question, the user's answer, an
/// approval flow) and keep that meaning for good.
/// </summary>
public sealed class Substate
{
    public const int CodeMaxLength = 60;
    public const int NameMaxLength = 150;
    public const int DescriptionMaxLength = 1000;

    private Substate()
    {
    }

    public Substate(string code, string name, string description, bool stopsClock, bool automatic,
        bool? extendsDueDate = null, TicketState state = TicketState.Assigned, int position = 0)
    {
        Code = code;
        Name = name;
        Description = description;
        StopsClock = stopsClock;
        ExtendsDueDate = extendsDueDate ?? stopsClock;
        Automatic = automatic;
        State = state;
        Position = position;
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>The time a ticket spends here is not counted in its working minutes (its first-response and resolution times).</summary>
    public bool StopsClock { get; private set; }

    /// <summary>The time a ticket spends here moves its due dates later (Guía §14.2 "Fecha resolución").</summary>
    public bool ExtendsDueDate { get; private set; }

    public bool Automatic { get; private set; }

    /// <summary>The state the substate belongs to: a ticket in another state cannot be in it.</summary>
    public TicketState State { get; private set; } = TicketState.Assigned;

    /// <summary>Where it appears in the lists of its state (the agents' choice, the filters).</summary>
    public int Position { get; private set; }

    public bool Active { get; private set; } = true;

    /// <summary>Whether time in it is a clock stop of any kind (not counted, or moving the due dates, or both).</summary>
    public bool PausesSla => StopsClock || ExtendsDueDate;

    public void Describe(string name, string description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>
    /// New flags apply from the next time a ticket enters the substate: a stop already recorded keeps the flags it had,
    /// so no ticket's past figures change (Guía §14.2: the dates follow from the stops as they happened).
    /// </summary>
    public void SetClockFlags(bool stopsClock, bool extendsDueDate)
    {
        StopsClock = stopsClock;
        ExtendsDueDate = extendsDueDate;
    }

    public void MoveTo(int position) => Position = position;

    /// <summary>The guide's automatic substates are how Mesa records a question, an answer and an approval: never retired.</summary>
    public void SetActive(bool active)
    {
        if (!active && Automatic) throw new DomainException(Rules.SubstateIsAutomatic, Name);
        Active = active;
    }
}

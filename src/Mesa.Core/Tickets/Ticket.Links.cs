using Mesa.Core.Common;
using Mesa.Core.People;

namespace Mesa.Core.Tickets;

/// <summary>Guía §14 "Información adicional": the tickets related to this one.</summary>
public sealed partial class Ticket
{
    public const string RelatedField = "related";

    private readonly List<TicketLink> _links = [];

    public IReadOnlyCollection<TicketLink> Links => _links;

    /// <summary>
    /// An agent relates two tickets, in any state (a new report may point to an old, closed one). The relation shows
    /// on both, and each history says so; relating twice, or a ticket to itself, is refused.
    /// </summary>
    public void Relate(Ticket other, Actor by, DateTimeOffset at)
    {
        Require(by.IsStaff, Rules.StaffOnly);
        if (other.Id == Id) throw new InputException("code", Rules.RelateToItself);
        if (_links.Any(l => l.RelatedTicketId == other.Id)) throw new InputException("code", Rules.AlreadyRelated, other.Code);
        _links.Add(new TicketLink(other.Id, by.Id, at));
        other._links.Add(new TicketLink(Id, by.Id, at));
        RecordRelation(null, other.Code, by, at);
        other.RecordRelation(null, Code, by, at);
    }

    public void Unrelate(Ticket other, Actor by, DateTimeOffset at)
    {
        Require(by.IsStaff, Rules.StaffOnly);
        var mine = _links.FirstOrDefault(l => l.RelatedTicketId == other.Id)
            ?? throw new NotFoundException(Rules.NotRelated, other.Code);
        _links.Remove(mine);
        other._links.RemoveAll(l => l.RelatedTicketId == Id);
        RecordRelation(other.Code, null, by, at);
        other.RecordRelation(Code, null, by, at);
    }

    private void RecordRelation(string? removed, string? added, Actor by, DateTimeOffset at)
    {
        Record(new TicketEvent(TicketEventKind.FieldChanged, by.Id, at, null, published: false)
        {
            Field = RelatedField,
            OldValue = removed,
            NewValue = added,
        });
        Touch(by, at);
    }
}

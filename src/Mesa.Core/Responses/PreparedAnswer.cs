using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.People;

namespace Mesa.Core.Responses;

public enum AnswerScope
{
    /// <summary>Its author's own.</summary>
    Personal,

    /// <summary>Every member and supervisor of a group uses it; its supervisors and the administrators keep it.</summary>
    Group,
}

/// <summary>
/// A prepared answer (<i>respuesta predefinida</i>, Guía §3 "optimización de los tiempos de respuesta"): a text an agent
/// inserts in an action instead of typing it again, with marks filled for the ticket (<c>{codigo}</c>,
/// <c>{titulo}</c>, <c>{nombre}</c> the requester, <c>{agente}</c> who writes).
/// </summary>
public sealed class PreparedAnswer
{
    public const int NameMaxLength = 100;
    public const int TextMaxLength = 4_000;

    /// <summary>The requester's name (the mail templates call it <c>{solicitante}</c>, which works too).</summary>
    public const string RequesterMark = "nombre";

    public static readonly IReadOnlyList<string> Marks = [.. MailPlaceholders.All, RequesterMark];

    private PreparedAnswer()
    {
    }

    public PreparedAnswer(string? name, string? text, AnswerScope scope, long? groupId, Actor by, DateTimeOffset at)
    {
        Scope = scope;
        OwnerId = scope == AnswerScope.Personal ? by.Id : null;
        GroupId = scope == AnswerScope.Group ? groupId ?? throw new InputException("group", Rules.Required) : null;
        RequireKeeper(by);
        Change(name, text, by, at);
    }

    public long Id { get; private set; }

    public string Name { get; private set; } = "";

    public string Text { get; private set; } = "";

    public AnswerScope Scope { get; private set; }

    public long? OwnerId { get; private set; }

    public long? GroupId { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public long UpdatedById { get; private set; }

    /// <summary>Who may use it: its author, or the members and supervisors of its group (administrators: every shared one).</summary>
    public bool UsableBy(Actor by) => Scope == AnswerScope.Personal
        ? OwnerId == by.Id
        : by.IsAdmin || by.BelongsTo(GroupId) || by.SupervisesGroup(GroupId);

    /// <summary>Who may change it: its author; for a shared one, the group's supervisors and the administrators.</summary>
    public void RequireKeeper(Actor by)
    {
        var keeps = Scope == AnswerScope.Personal ? OwnerId == by.Id : by.IsAdmin || by.SupervisesGroup(GroupId);
        if (!by.IsStaff || !keeps) throw new ForbiddenException(Rules.PreparedAnswerKeepers);
    }

    public void Change(string? name, string? text, Actor by, DateTimeOffset at)
    {
        RequireKeeper(by);
        var cleanName = name?.Trim() ?? "";
        if (cleanName.Length == 0) throw new InputException("name", Rules.Required);
        if (cleanName.Length > NameMaxLength) throw new InputException("name", Rules.TooLong, NameMaxLength);
        var cleanText = text?.Trim() ?? "";
        if (cleanText.Length == 0) throw new InputException("text", Rules.Required);
        if (cleanText.Length > TextMaxLength) throw new InputException("text", Rules.TooLong, TextMaxLength);
        MailPlaceholders.Check("text", cleanText, Marks);
        Name = cleanName;
        Text = cleanText;
        UpdatedAt = at;
        UpdatedById = by.Id;
    }

    /// <summary>The text for a ticket: each mark replaced by its value.</summary>
    public string FilledFor(IReadOnlyDictionary<string, string?> values) => MailPlaceholders.Render(Text, values);
}

namespace Mesa.Web.Api.Tickets;

// The request bodies of the tickets API. Enum-valued fields are strings so that a wrong value is reported beside
// its field in Spanish; RequestReader turns them into domain values.

public sealed record CreateTicketRequest(
    string? Type,
    string? Title,
    string? Description,
    string? Service,
    string? Category,
    string? Impact,
    string? Urgency,
    string? Origin,
    string? Requester,
    IReadOnlyList<InformedUserRequest>? InformedUsers,
    string? Location = null,
    string? Template = null,
    IReadOnlyDictionary<string, string?>? Fields = null,
    IReadOnlyDictionary<string, System.Text.Json.JsonElement>? CustomFields = null);

public sealed record InformedUserRequest(
    string? UserName,
    bool? OnCreation,
    bool? OnActions,
    bool? OnResolution,
    bool? OnClosure);

public sealed record UpdateTicketRequest(
    string? Title,
    string? Description,
    string? Type,
    string? Service,
    string? Category,
    string? Impact,
    string? Urgency,
    string? FirstLineService,
    IReadOnlyList<InformedUserRequest>? InformedUsers,
    string? Location = null,
    string? Requester = null,
    IReadOnlyDictionary<string, string?>? Fields = null,
    IReadOnlyDictionary<string, System.Text.Json.JsonElement>? CustomFields = null);

public sealed record AssignRequest(string? Group, string? Agent, string? Note);

public sealed record NoteRequest(string? Note);

public sealed record TextRequest(string? Text);

public sealed record RelateRequest(string? Code);

public sealed record RatingRequest(int? Rating, string? Comment);

public sealed record NoticeRequest(IReadOnlyList<string?>? Recipients, string? Subject, string? Text, bool? IncludeReport,
    string? Template = null);

public sealed record ActionRequest(string? Kind, string? Text, bool? Published, int? MinutesSpent = null);

/// <summary><c>into</c> is the ticket that continues: its id (a number) or its code.</summary>
public sealed record MergeRequest(System.Text.Json.JsonElement? Into, string? Note);

public sealed record SplitRequest(string? Title, string? Description, string? Note);

public sealed record SubstateRequest(string? Substate, string? Note);

public sealed record ConfirmRequest(bool? Correct, int? Rating, string? Comment);

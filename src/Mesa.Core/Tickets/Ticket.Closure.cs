using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.People;

namespace Mesa.Core.Tickets;

/// <summary>The Cierre tab (Guía §14.4): the user's confirmation and the satisfaction survey.</summary>
public sealed partial class Ticket
{
    public const int MinRating = 1;
    public const int MaxRating = 5;

    /// <summary>
    /// Guía §14.4: "Correcta" closes the ticket (with the optional survey); "Incorrecta" returns it to Asignada, to
    /// the agent who signed the solution, so that the investigation starts again. With the survey turned off by the
    /// administration (§10 Cerrada "Puede incluir encuesta"), a rating is not taken.
    /// </summary>
    public void Confirm(bool correct, int? rating, string? comment, Actor by, DateTimeOffset at, bool surveyOn = true)
    {
        Require(State == TicketState.Resolved, Rules.ConfirmOnlyResolved, State);
        Require(RequesterId == by.Id, Rules.ConfirmOnlyRequester);
        if (rating is not null && !surveyOn) throw new InputException("rating", Rules.SurveyOff);
        if (rating is < MinRating or > MaxRating) throw new InputException("rating", Rules.RatingOutOfRange, MinRating, MaxRating);
        if (comment is { Length: > CommentMaxLength }) throw new InputException("comment", Rules.TooLong, CommentMaxLength);
        var note = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();

        if (correct)
        {
            MoveTo(TicketState.Closed, TicketEventKind.ConfirmedCorrect, note, by, at, notePublished: true);
            ClosedAt = at;
            ClosureResult = Tickets.ClosureResult.Correct;
            Rating = rating;
            ClosureComment = note;
            Notify(NotificationKind.Closure, null, by, at);
        }
        else
        {
            MoveTo(TicketState.Assigned, TicketEventKind.ConfirmedIncorrect, note, by, at, notePublished: true);
            AgentId = SolutionSignedById;
            ResolvedAt = null;
            IncorrectAnswers++;
            Notify(NotificationKind.Assignment, null, by, at);
        }

        Touch(by, at);
    }

    /// <summary>
    /// The satisfaction survey after the fact: a ticket closed without the requester's word (automatically, or solved
    /// at first line) — or confirmed without a rating — may still be rated once by its requester, from the closure
    /// mail's link to the portal.
    /// </summary>
    public void Rate(int? rating, string? comment, Actor by, DateTimeOffset at, bool surveyOn = true)
    {
        Require(surveyOn, Rules.SurveyOff);
        Require(State == TicketState.Closed, Rules.RateOnlyClosed, State);
        Require(RequesterId == by.Id, Rules.ConfirmOnlyRequester);
        Require(!Standing.Rated, Rules.AlreadyRated);
        if (rating is not (>= MinRating and <= MaxRating))
            throw new InputException("rating", Rules.RatingOutOfRange, MinRating, MaxRating);
        if (comment is { Length: > CommentMaxLength }) throw new InputException("comment", Rules.TooLong, CommentMaxLength);
        var note = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Rating = rating;
        ClosureComment ??= note;
        Record(new TicketEvent(TicketEventKind.Rated, by.Id, at, note, published: true)
        {
            Field = nameof(Rating),
            NewValue = rating.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            NotePublished = true,
        });
        Touch(by, at);
    }

    /// <summary>
    /// Guía §10 "Cerrada ... automáticamente después del tiempo definido por la administración": a solution the user
    /// did not confirm in time is taken as accepted. The system records the reason itself.
    /// </summary>
    public void CloseAutomatically(Actor system, DateTimeOffset at)
    {
        Require(State == TicketState.Resolved, Rules.TransitionNotAllowed, State, TicketState.Closed);
        MoveTo(TicketState.Closed, TicketEventKind.ClosedAutomatically, null, system, at);
        ClosedAt = at;
        ClosureResult = Tickets.ClosureResult.Automatic;
        Notify(NotificationKind.Closure, null, system, at);
        Touch(system, at);
    }
}

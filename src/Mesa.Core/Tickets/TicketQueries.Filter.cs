using System.Linq.Expressions;
using Mesa.Core.Approvals;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets;

/// <summary>The lists' filters and sorting (Guía §11 "En curso"), shared with the reports' figures.</summary>
public sealed partial class TicketQueries
{
    /// <summary>Server-side sorting of the lists; the id breaks ties so that paging is stable.</summary>
    private static IQueryable<Ticket> Sort(IQueryable<Ticket> query, TicketSort sort) => sort switch
    {
        TicketSort.Newest => query.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id),
        TicketSort.Oldest => query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id),
        TicketSort.DueDate => query.OrderBy(t => t.ResolutionDueAt == null).ThenBy(t => t.ResolutionDueAt).ThenBy(t => t.Id),
        TicketSort.DueDateLast => query.OrderBy(t => t.ResolutionDueAt == null)
            .ThenByDescending(t => t.ResolutionDueAt).ThenByDescending(t => t.Id),
        TicketSort.Code => query.OrderBy(t => t.Code),
        TicketSort.CodeDescending => query.OrderByDescending(t => t.Code),
        TicketSort.UpdatedAt => query.OrderByDescending(t => t.UpdatedAt).ThenByDescending(t => t.Id),
    };

    /// <summary>The tickets a list (or a report's figure) holds: the view, then every filter given.</summary>
    public IQueryable<Ticket> Filter(Actor by, TicketFilter filter, IReadOnlyList<CustomFields.CustomFieldFilter>? custom = null)
    {
        var query = Visible(by);
        var view = filter.View ?? (by.IsStaff ? TicketListView.AllOpen : TicketListView.Mine);
        if (view == TicketListView.All && !by.ReadsReports) throw new ForbiddenException(Rules.ReportsForSupervisors);
        var memberOf = by.MemberOf.ToArray();
        var supervises = by.Supervises.ToArray();
        if (view is not (TicketListView.Mine or TicketListView.Following or TicketListView.All))
            query = query.Where(TicketStates.IsOpenTicket);
        query = view switch
        {
            TicketListView.All => query,
            TicketListView.AllOpen => query,
            TicketListView.FirstLine => query.Where(t => t.GroupId == null || t.Group!.Tier == 1),
            TicketListView.AssignedToMe => query.Where(t => t.AgentId == by.Id),
            TicketListView.MyGroups => query.Where(t => t.GroupId != null && memberOf.Contains(t.GroupId.Value)),
            TicketListView.Supervised => query.Where(t => t.GroupId != null && supervises.Contains(t.GroupId.Value)),
            TicketListView.Mine => query.Where(t => t.RequesterId == by.Id),
            TicketListView.Following => query.FollowedBy(by.Id),
        };
        if (filter.State is { } state) query = query.Where(t => t.State == state);
        if (filter.Type is { } type) query = query.Where(t => t.Type == type);
        if (!string.IsNullOrWhiteSpace(filter.Substate)) query = query.Where(t => t.Substate!.Code == filter.Substate);
        if (!string.IsNullOrWhiteSpace(filter.Group)) query = query.Where(t => t.Group!.Name == filter.Group);
        if (filter.HasAgent is { } hasAgent) query = query.Where(t => (t.AgentId != null) == hasAgent);
        if (filter.HasGroup is { } hasGroup) query = query.Where(t => (t.GroupId != null) == hasGroup);
        if (!string.IsNullOrWhiteSpace(filter.Agent))
        {
            var agent = filter.Agent.Trim().ToUpperInvariant();
            query = query.Where(t => t.Agent!.NormalizedUserName == agent);
        }

        if (!string.IsNullOrWhiteSpace(filter.Service)) query = query.Where(t => t.Service!.Name == filter.Service);
        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            var path = TicketReferences.NormalisePath(filter.Category);
            var below = path + "/";
            query = filter.ExactCategory
                ? query.Where(t => t.Category!.Path == path)
                : query.Where(t => t.Category!.Path == path || t.Category.Path.StartsWith(below));
        }

        if (!string.IsNullOrWhiteSpace(filter.Location))
        {
            var path = TicketReferences.NormalisePath(filter.Location);
            var below = path + "/";
            query = query.Where(t => t.Location!.Path == path || t.Location.Path.StartsWith(below));
        }

        if (filter.Origin is { } origin) query = query.Where(t => t.Origin == origin);
        if (filter.Measure is { } measure) query = query.Where(Reports.TicketMeasures.Of(measure, time.UtcNow));

        if (filter.Unplaced) query = query.Where(t => t.State == TicketState.New && t.UnplacedReason != null);
        if (filter.Priority is { } priority) query = query.Where(t => t.Priority == priority);
        if (filter.Breached is { } breached)
            query = query.Where(t => (t.ResponseBreached || t.ResolutionBreached) == breached);
        if (filter.CreatedFrom is { } from) query = query.Where(t => t.CreatedAt >= from);
        if (filter.CreatedBefore is { } before) query = query.Where(t => t.CreatedAt < before);
        foreach (var condition in custom ?? [])
        {
            var (id, value) = (condition.FieldId, condition.Value);
            var fields = db.Set<TicketField>().Where(f => f.CustomFieldId == id);
            if (condition.Kind is CustomFields.CustomFieldKind.Text or CustomFields.CustomFieldKind.Longtext)
            {
                var lower = value.ToLowerInvariant();
                query = query.Where(t => fields.Any(f => f.TicketId == t.Id && f.Value.ToLower().Contains(lower)));
            }
            else if (condition.Kind == CustomFields.CustomFieldKind.Person)
            {
                var upper = value.ToUpperInvariant();
                query = query.Where(t => fields.Any(f => f.TicketId == t.Id && f.Value.ToUpper() == upper));
            }
            else
            {
                query = query.Where(t => fields.Any(f => f.TicketId == t.Id && f.Value == value));
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            // A LIKE pattern (not strpos) so that PostgreSQL can use the trigram index of the search column; the
            // user's % and _ are taken literally.
            var pattern = "%" + SearchText.Fold(filter.Query).Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(t => EF.Functions.Like(t.SearchText, pattern, "\\"));
        }

        return query;
    }
}

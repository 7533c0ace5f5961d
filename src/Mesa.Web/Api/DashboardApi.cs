using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Core.Tasks;
using Mesa.Core.Tickets;

namespace Mesa.Web.Api;

/// <summary><c>GET /api/v1/dashboard/counters</c>: the counters of the guide's Panel inicial (§11).</summary>
public static class DashboardApi
{
    public static RouteGroupBuilder MapDashboard(this RouteGroupBuilder api)
    {
        api.MapGet("/dashboard/counters", async (HttpContext http, TicketQueries queries, ChangeService changes, TaskService tasks) =>
        {
            var actor = await http.ActorAsync();
            if (!actor.IsStaff) throw new ForbiddenException(Rules.StaffOnly);
            var counters = await queries.CountersAsync(actor, http.RequestAborted);
            Dictionary<string, int> Of(TicketListView view)
            {
                var counts = counters[view].ByState.ToDictionary(c => ApiEnums.Name(c.Key), c => c.Value);
                counts["breached"] = counters[view].Breached;
                return counts;
            }

            var changeCounters = await changes.CountersAsync(actor, http.RequestAborted);
            var taskCounters = await tasks.CountersAsync(actor, http.RequestAborted);
            Dictionary<string, int> OfChanges(ChangeView view) =>
                changeCounters[view].ByState.ToDictionary(c => ApiEnums.Name(c.Key), c => c.Value);
            Dictionary<string, int> OfTasks(TaskView view) =>
                taskCounters[view].ByState.ToDictionary(c => ApiEnums.Name(c.Key), c => c.Value);

            return TypedResults.Ok(new
            {
                overview = Of(TicketListView.AllOpen),
                firstLine = Of(TicketListView.FirstLine),
                assignedToMe = Of(TicketListView.AssignedToMe),
                supervised = Of(TicketListView.Supervised),
                myGroups = Of(TicketListView.MyGroups),
                changes = new
                {
                    overview = OfChanges(ChangeView.AllOpen),
                    assignedToMe = OfChanges(ChangeView.AssignedToMe),
                    myGroups = OfChanges(ChangeView.MyGroups),
                    myTeam = OfChanges(ChangeView.MyTeam),
                    myGroupsTeam = OfChanges(ChangeView.MyGroupsTeam),
                },
                tasks = new
                {
                    assignedToMe = OfTasks(TaskView.AssignedToMe),
                    myGroups = OfTasks(TaskView.MyGroups),
                },
            });
        }).Refuses(403);
        return api;
    }
}

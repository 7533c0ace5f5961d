using Mesa.Core.Changes;
using Mesa.Core.Common;
using Mesa.Core.Tests.Support;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Changes;

/// <summary>
/// Entregas (Guía §10's pre-production and production substates): approved changes grouped to reach production
/// together, built, tried in pre-production, deployed and closed, one step after the other.
/// </summary>
public sealed class ReleaseTests
{
    private static ChangeRequest Approved(long id, string code)
    {
        var change = new ChangeRequest(code, new ChangeRequestForm("Alta de buzón", "Buzón nuevo.", ChangeType.Standard,
            ChangeRisk.Low, null, null, null, null, []), Agente1, At("2026-03-02 09:00")).WithId(id);
        change.Submit("Modelo estándar.", Agente1, At("2026-03-02 09:05"));
        return change;
    }

    [Fact]
    public void A_release_takes_approved_changes_while_it_is_built_and_moves_one_step_at_a_time()
    {
        var release = new Release("Entrega de marzo", At("2026-03-14 22:00"), Agente1, At("2026-03-02 09:00"));
        var pending = new ChangeRequest("RFC 2026-000009", new ChangeRequestForm("Migrar", "Migración.", ChangeType.Normal,
            ChangeRisk.High, "Plan", "Vuelta atrás", null, null, [31]), Agente1, At("2026-03-02 09:00")).WithId(9);

        Rule.Broken(Rules.ReleaseEmpty, () => release.Advance(ReleaseState.Built, Agente1, At("2026-03-03 09:00")));
        Rule.Broken(Rules.ReleaseNeedsApprovedChange, () => release.Add(pending, Agente1, At("2026-03-03 09:00")));
        release.Add(Approved(7, "RFC 2026-000007"), Agente1, At("2026-03-03 09:00"));
        release.Add(Approved(8, "RFC 2026-000008"), Agente1, At("2026-03-03 09:00"));
        Rule.Broken(Rules.ReleaseTransitionNotAllowed, () => release.Advance(ReleaseState.Deployed, Agente1, At("2026-03-03 10:00")));
        release.Advance(ReleaseState.Built, Agente1, At("2026-03-10 09:00"));
        release.Advance(ReleaseState.InTesting, Agente1, At("2026-03-11 09:00"));
        Rule.Broken(Rules.ReleaseClosedToChanges, () => release.Add(Approved(10, "RFC 2026-000010"), Agente1, At("2026-03-11 10:00")));
        release.Advance(ReleaseState.Deployed, Agente1, At("2026-03-14 23:00"));
        release.Advance(ReleaseState.Closed, Agente1, At("2026-03-16 09:00"));

        Assert.Equal((ReleaseState.Closed, 2), (release.State, release.Changes.Count));
        Rule.Broken(Rules.ReleaseTransitionNotAllowed, () => release.Advance(ReleaseState.Closed, Agente1, At("2026-03-16 10:00")));
    }
}

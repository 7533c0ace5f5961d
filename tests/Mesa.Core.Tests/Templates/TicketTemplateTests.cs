using Mesa.Core.Common;
using Mesa.Core.Sla;
using Mesa.Core.Templates;
using Mesa.Core.Tests.Support;
using Mesa.Core.Tickets;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Templates;

public sealed class TicketTemplateTests
{
    private static TicketTemplate NewAccount() => new(new TemplateDefinition("Creación de cuenta", TicketType.Request,
    [
        new("Nombre completo", Required: true),
        new("Número de documento", TemplateFieldKind.Number, Required: true),
        new("Fecha de ingreso", TemplateFieldKind.Date),
        new("Tipo de vinculación", TemplateFieldKind.Choice, Options: "Planta\nContratista\n\nContratista ", DefaultValue: "planta"),
        new("  "),
    ], Urgency: Level.High, Title: "Creación de cuenta de usuario", Description: "Crear la cuenta indicada."),
        SistemasService, Misionales);

    private static readonly NewTicket Blank = new(TicketType.Incident, "", "");

    [Fact] // Guía §5 Plantilla: "requiriendo información determinada": each field in order; rows without a label are left out
    public void A_template_keeps_its_fields_in_order_with_their_options_and_defaults()
    {
        var template = NewAccount();

        Assert.Equal(["Nombre completo", "Número de documento", "Fecha de ingreso", "Tipo de vinculación"],
            template.Fields.Select(f => f.Label));
        var choice = template.Fields[3];
        Assert.Equal(["Planta", "Contratista"], choice.OptionList);
        Assert.Equal("Planta", choice.DefaultValue);
    }

    [Fact] // Guía §5: a request from a template takes its type, classification, priority inputs, title and description
    public void Filling_a_template_proposes_what_the_person_leaves_blank()
    {
        var filling = NewAccount().Fill(Blank, new Dictionary<string, string?>
        {
            ["nombre completo"] = " Ana Pérez ",
            ["Número de documento"] = "1.020.304",
            ["Fecha de ingreso"] = "2026-12-01",
            ["Tipo de vinculación"] = "contratista",
        });

        var ticket = filling.Ticket;
        Assert.Equal((TicketType.Request, "Creación de cuenta de usuario", "Crear la cuenta indicada."),
            (ticket.Type, ticket.Title, ticket.Description));
        Assert.Equal(("Sistemas de Información", "/Sistemas de Información Misionales", (Level?)Level.High),
            (ticket.Service, ticket.Category, ticket.Urgency));
        Assert.Equal(
            [new("Nombre completo", "Ana Pérez"), new("Número de documento", "1.020.304"), new("Fecha de ingreso", "01/12/2026"),
             new FieldAnswer("Tipo de vinculación", "Contratista")],
            filling.Fields);
    }

    [Fact] // What the person writes wins over the template's proposal; the type stays the template's
    public void What_the_person_writes_wins_over_the_proposal()
    {
        var input = new NewTicket(TicketType.Incident, "Cuenta para Ana", "Ingresa el lunes.", Service: "Soporte Técnico",
            Urgency: Level.Low);

        var ticket = NewAccount().Fill(input, new Dictionary<string, string?>
        {
            ["Nombre completo"] = "Ana Pérez",
            ["Número de documento"] = "1020304",
        }).Ticket;

        Assert.Equal((TicketType.Request, "Cuenta para Ana", "Ingresa el lunes.", "Soporte Técnico", null, (Level?)Level.Low),
            (ticket.Type, ticket.Title, ticket.Description, ticket.Service, ticket.Category, ticket.Urgency));
    }

    [Fact] // Without a description written or proposed, the answers describe the request
    public void Without_any_description_the_answers_describe_the_request()
    {
        var template = new TicketTemplate(new TemplateDefinition("Impresora", TicketType.Incident,
            [new("Ubicación", Required: true), new("Mensaje")]), null, null);

        var ticket = template.Fill(Blank with { Title = "No imprime" },
            new Dictionary<string, string?> { ["Ubicación"] = "Piso 3" }).Ticket;

        Assert.Equal("Ubicación: Piso 3", ticket.Description);
    }

    [Theory] // Guía §5: the template requires its information; bad answers are named after their field
    [InlineData("Nombre completo", " ", "fields[0]", Rules.TemplateFieldRequired)]
    [InlineData("Número de documento", "doce", "fields[1]", Rules.TemplateFieldNumber)]
    [InlineData("Fecha de ingreso", "31/02/2026", "fields[2]", Rules.TemplateFieldDate)]
    [InlineData("Tipo de vinculación", "Honorarios", "fields[3]", Rules.TemplateFieldChoice)]
    [InlineData("Color favorito", "azul", "fields", Rules.TemplateFieldUnknown)]
    public void A_missing_or_wrong_answer_is_refused_beside_its_field(string label, string value, string field, string rule)
    {
        var answers = new Dictionary<string, string?> { ["Nombre completo"] = "Ana", ["Número de documento"] = "12" };
        answers[label] = value;

        Rule.BadInput(field, rule, () => NewAccount().Fill(Blank, answers));
    }

    [Fact] // An admin's mistakes in the definition are refused: repeated labels, a choice without options, a foreign category
    public void A_wrong_definition_is_refused()
    {
        Refused("fields[1]", Rules.TemplateFieldRepeated, [new("Programa"), new("programa")]);
        Refused("fields[0]", Rules.TemplateChoiceNeedsOptions, [new("Sede", TemplateFieldKind.Choice, Options: "Norte")]);
        Refused("fields[0]", Rules.TemplateFieldNumber, [new("Cantidad", TemplateFieldKind.Number, DefaultValue: "varios")]);
        Refused("category", Rules.UnknownCategory, [], SoporteTecnicoService, Misionales);
        Rule.BadInput("name", Rules.Required, () => NewAccount().Define(new TemplateDefinition(" ", TicketType.Request, []),
            null, null));
    }

    private static void Refused(string field, string rule, TemplateFieldInput[] fields,
        Mesa.Core.Catalog.Service? service = null, Mesa.Core.Catalog.Category? category = null) =>
        Rule.BadInput(field, rule, () => NewAccount().Define(new TemplateDefinition("X", TicketType.Request, fields),
            service, category));

    [Fact] // Guía §14 Información adicional: an agent corrects an answer, and the history keeps both values
    public void An_agent_corrects_an_answer_and_the_history_keeps_it()
    {
        var ticket = A.Ticket().WithAnswers(new FieldAnswer("Placa del equipo", "MB-1001")).Build();

        ticket.ChangeField("placa del equipo", "MB-1010", Agente1, At("2026-03-02 09:00"));

        Assert.Equal("MB-1010", ticket.Fields.Single().Value);
        var e = ticket.Events.Last();
        Assert.Equal((TicketEventKind.FieldChanged, "field:Placa del equipo", "MB-1001", "MB-1010", false),
            (e.Kind, e.Field, e.OldValue, e.NewValue, e.Published));
        Rule.BadInput("field", Rules.TicketFieldUnknown, () => ticket.ChangeField("Otro", "x", Agente1, At("2026-03-02 09:01")));
    }
}

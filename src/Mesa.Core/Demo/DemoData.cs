using Mesa.Core.Catalog;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Mesa.Core.Sla;
using Mesa.Core.Templates;
using Mesa.Core.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Demo;

/// <summary>
/// The demo set behind <c>Mesa__Demo=true</c>. It is created only in an empty database (no tickets and
/// no people besides the system account), so it never touches real data.
/// </summary>
public sealed class DemoData(MesaDbContext db, UserManager<User> users, Actors actors, TicketService tickets,
    TicketTemplates templates, Knowledge.KnowledgeBase knowledge)
{
    public const string Password = "Mesa-Demo-2025";

    /// <summary>The demo's approval flow: the requester's manager decides.</summary>
    public const string ManagerApproval = "Aprobación del jefe";

    public async Task<bool> CreateIfEmptyAsync(CancellationToken ct)
    {
        if (await db.Tickets.AnyAsync(ct) || await db.Users.AnyAsync(u => !u.IsSystem, ct)) return false;

        await PersonAsync("admin", "Administración Mesa", Roles.Admin);
        var agente1 = await PersonAsync("agente1", "Laura Gómez Rincón", Roles.Agent);
        var agente2 = await PersonAsync("agente2", "Andrés Martínez Cano", Roles.Agent);
        var agente3 = await PersonAsync("agente3", "Diana Rojas Pérez", Roles.Agent);
        var supervisor = await PersonAsync("supervisor1", "Carlos Herrera Ruiz", Roles.Supervisor, Roles.Agent);
        var usuario1 = await PersonAsync("usuario1", "Sergio Londoño Londoño", Roles.Requester);
        var usuario2 = await PersonAsync("usuario2", "Marcela Quintero Perdomo", Roles.Requester);
        // Guía §14.2 "Flujo de trabajo": Marcela is Sergio's manager, so she approves his VPN requests.
        usuario1.ManagerId = usuario2.Id;

        var mesa = new SupportGroup("Mesa de Servicio", tier: 1);
        mesa.AddMember(agente1.Id);
        mesa.AddSupervisor(supervisor.Id);
        var soporte = new SupportGroup("Soporte Técnico", tier: 2);
        soporte.AddMember(agente2.Id);
        soporte.AddMember(agente3.Id);
        soporte.AddSupervisor(supervisor.Id);
        db.Groups.AddRange(mesa, soporte);

        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
        var calendar = new BusinessCalendar("Calendario Técnicos Primer Nivel", "America/Bogota", ColombianHolidays.RuleSet,
            weekdays.SelectMany(d => new[] { new WorkingInterval(d, 7 * 60, 12 * 60), new WorkingInterval(d, 13 * 60, 17 * 60) }));
        db.Calendars.Add(calendar);
        db.Calendars.Add(new BusinessCalendar("24x7", "America/Bogota", null,
            Enum.GetValues<DayOfWeek>().Select(d => new WorkingInterval(d, 0, WorkingInterval.MinutesPerDay))));
        await db.SaveChangesAsync(ct);
        // "SLA TI - 24 HORAS": 24 working hours to solve a medium-priority ticket; faster for higher priorities.
        db.SlaPolicies.Add(new SlaPolicy("SLA TI - 24 HORAS", calendar.Id,
        [
            new SlaTarget(Level.Critical, 30, 4 * 60),
            new SlaTarget(Level.High, 60, 8 * 60),
            new SlaTarget(Level.Medium, 2 * 60, 24 * 60),
            new SlaTarget(Level.Low, 4 * 60, 40 * 60),
        ], isDefault: true));

        await CatalogAsync("Soporte Técnico", new()
        {
            ["Hardware"] = ["Equipo de cómputo", "Impresoras", "Periféricos"],
            ["Redes"] = ["Conectividad", "Internet", "VPN"],
        }, ct);
        await CatalogAsync("Sistemas de Información", new()
        {
            ["Sistemas de Información Misionales"] = ["SIGEP", "SUIT", "FURAG", "Roles y Clave de Usuario"],
        }, ct);
        await db.SaveChangesAsync(ct);
        // Every new ticket goes to "Mesa de Servicio" (Guía §7).
        db.AssignmentRules.Add(new AssignmentRule("Todo a Mesa de Servicio", mesa.Id, new RuleCriteria()));
        await db.SaveChangesAsync(ct);

        await TemplatesAsync(ct);
        await KnowledgeAsync(ct);
        await TicketsAsync(ct);
        return true;
    }

    /// <summary>Guía §5 Plantilla: the requests the desk receives most often, each asking for what it needs.</summary>
    private async Task TemplatesAsync(CancellationToken ct)
    {
        // Guía §14.2 "Flujo de trabajo": remote access needs the requester's manager's approval first.
        db.ApprovalFlows.Add(new Approvals.ApprovalFlow(new Approvals.ApprovalFlowDefinition(ManagerApproval,
            "El jefe inmediato del solicitante aprueba la petición antes de que la Mesa de Servicio la atienda.", true,
            [new("Aprobación del jefe inmediato", Approvals.ApproverKind.Manager, null, ReminderHours: 24, TimeoutHours: 72,
                Approvals.ApprovalTimeoutOutcome.Reject)]), new Dictionary<string, User>()));
        await db.SaveChangesAsync(ct);
        await templates.SaveAsync(null, new TemplateDefinition("Creación de cuenta de usuario", TicketType.Request,
        [
            new("Nombre completo", Required: true),
            new("Número de documento", TemplateFieldKind.Number, Required: true),
            new("Dependencia", Required: true, Hint: "Área en la que trabajará la persona."),
            new("Fecha de ingreso", TemplateFieldKind.Date, Required: true),
            new("Tipo de vinculación", TemplateFieldKind.Choice, Required: true,
                Options: "Planta\nContratista\nPasante", DefaultValue: "Planta"),
        ],
            Service: "Sistemas de Información", Category: "/Sistemas de Información Misionales/Roles y Clave de Usuario",
            Urgency: Level.High, Title: "Creación de cuenta de usuario",
            Description: "Solicito crear la cuenta de usuario y el correo institucional de la persona indicada.",
            Instructions: "Diligencie los datos de la persona que ingresa; la cuenta se entrega a su jefe inmediato.",
            ForRequesters: false), ct);
        await templates.SaveAsync(null, new TemplateDefinition("Instalación de software", TicketType.Request,
        [
            new("Programa", Required: true, Hint: "Nombre y versión, por ejemplo «QGIS 3.34»."),
            new("Placa del equipo", Required: true, Hint: "Está en la etiqueta del inventario."),
            new("Justificación", TemplateFieldKind.LongText),
        ],
            Service: "Soporte Técnico", Category: "/Hardware/Equipo de cómputo", Title: "Instalación de software"), ct);
        await templates.SaveAsync(null, new TemplateDefinition("Falla de impresora", TicketType.Incident,
        [
            new("Ubicación de la impresora", Required: true),
            new("Mensaje que muestra", Hint: "Escríbalo tal como aparece en la pantalla de la impresora."),
        ],
            Service: "Soporte Técnico", Category: "/Hardware/Impresoras", Title: "La impresora no funciona",
            ForRequesters: true), ct);
        await templates.SaveAsync(null, new TemplateDefinition("Acceso VPN", TicketType.Request,
        [
            new("Motivo", TemplateFieldKind.LongText, Required: true, Hint: "Para qué necesita conectarse desde fuera de la entidad."),
            new("Desde", TemplateFieldKind.Date, Required: true),
        ],
            Service: "Soporte Técnico", Category: "/Redes/VPN", Title: "Acceso VPN",
            Description: "Solicito acceso a la VPN institucional.", ApprovalFlow: ManagerApproval), ct);
    }

    /// <summary>Guía §5 "Base de datos de conocimiento": a few articles for users (self-help) and one for agents.</summary>
    private async Task KnowledgeAsync(CancellationToken ct)
    {
        var agente1 = await ActorAsync("agente1", ct);
        await knowledge.CreateAsync(agente1, new Knowledge.ArticleInput("Cómo cambiar la contraseña del dominio",
            "Presione Ctrl + Alt + Supr y elija «Cambiar una contraseña».\n\n" +
            "Escriba la contraseña actual y dos veces la nueva: al menos 12 caracteres, con mayúsculas, minúsculas y números.\n\n" +
            "Si olvidó la actual, registre una petición en el portal: la Mesa de Servicio la restablece.",
            "clave olvidada vencida", Knowledge.KnowledgeAudience.Public, "Sistemas de Información"), ct);
        await knowledge.CreateAsync(agente1, new Knowledge.ArticleInput("Configurar la firma del correo institucional",
            "En el correo web, abra Configuración → Correo → Redactar y responder.\n\n" +
            "Copie la firma del manual de imagen institucional y guarde los cambios.",
            "outlook firma", Knowledge.KnowledgeAudience.Public, "Soporte Técnico"), ct);
        await knowledge.CreateAsync(await ActorAsync("agente2", ct), new Knowledge.ArticleInput(
            "Escalamiento a Sistemas de Información Misionales",
            "Antes de escalar a segunda línea, confirme el usuario, el módulo afectado y adjunte la captura del error.\n\n" +
            "Las fallas de SIGEP y SUIT van al grupo de Sistemas con la urgencia que indique el usuario.",
            "sigep suit escalar", Knowledge.KnowledgeAudience.Internal, "Sistemas de Información"), ct);
    }

    private async Task<User> PersonAsync(string userName, string displayName, params string[] roles)
    {
        var user = new User
        {
            UserName = userName,
            Email = $"{userName}@mesa.test",
            EmailConfirmed = true,
            DisplayName = displayName,
            LockoutEnabled = true,
        };
        ReferenceData.Check(await users.CreateAsync(user, Password));
        ReferenceData.Check(await users.AddToRolesAsync(user, roles));
        return user;
    }

    private async Task CatalogAsync(string serviceName, Dictionary<string, string[]> tree, CancellationToken ct)
    {
        var service = new Service(serviceName);
        db.Services.Add(service);
        await db.SaveChangesAsync(ct);
        foreach (var (root, children) in tree)
        {
            var parent = Category.Root(service, root);
            db.Categories.Add(parent);
            db.Categories.AddRange(children.Select(parent.Child));
        }
    }

    /// <summary>A few tickets in every state, made through the same use cases as real work.</summary>
    private async Task TicketsAsync(CancellationToken ct)
    {
        var usuario1 = await ActorAsync("usuario1", ct);
        var usuario2 = await ActorAsync("usuario2", ct);
        var agente1 = await ActorAsync("agente1", ct);
        var agente2 = await ActorAsync("agente2", ct);

        async Task<long> New(Actor by, TicketType type, string title, string description, string service, string category,
            Level impact = Level.Medium, Level urgency = Level.Medium) =>
            (await tickets.RegisterAsync(by, new NewTicket(type, title, description, Service: service,
                Category: category, Impact: impact, Urgency: urgency), ct, mayAssignAtOnce: false)).Id;

        await New(usuario1, TicketType.Incident, "El equipo no enciende",
            "Buenos días. Mi computador no enciende desde esta mañana; la luz del botón parpadea.",
            "Soporte Técnico", "/Hardware/Equipo de cómputo", Level.Medium, Level.High);

        var printer = await New(usuario2, TicketType.Incident, "La impresora del piso 3 no imprime",
            "Los documentos quedan en cola y no salen. Ya reinicié la impresora.", "Soporte Técnico", "/Hardware/Impresoras");
        await tickets.AssignAsync(agente1, printer, "Mesa de Servicio", "agente1", "Tomo el caso.", null, ct);
        await tickets.AddActionAsync(agente1, printer, TicketActionKind.FirstResponse,
            "Hola, ya revisamos la cola de impresión de su piso.", null, null, ct);
        await tickets.AddActionAsync(agente1, printer, TicketActionKind.Question,
            "¿Qué mensaje muestra la pantalla de la impresora?", null, null, ct);

        var vpn = await New(usuario1, TicketType.Request, "Acceso VPN para trabajo en casa",
            "Solicito acceso a la VPN institucional para los días de trabajo en casa.", "Soporte Técnico", "/Redes/VPN");
        await tickets.AssignAsync(agente1, vpn, "Soporte Técnico", "agente2",
            "Se verificó la aprobación del jefe inmediato; se escala a segunda línea para crear el acceso.", null, ct);
        await tickets.AddActionAsync(agente2, vpn, TicketActionKind.Solution,
            "Se creó el acceso VPN. Las instrucciones de conexión llegaron a su correo.", null, null, ct);

        var sigep = await New(usuario2, TicketType.Request, "Restablecer clave SIGEP",
            "Olvidé mi clave de SIGEP y el enlace de recuperación no llega.", "Sistemas de Información",
            "/Sistemas de Información Misionales/SIGEP");
        await tickets.CloseAtFirstLineAsync(agente1, sigep,
            "Se restableció la clave por teléfono y el usuario ingresó correctamente.", null, ct);

        var outOfScope = await New(usuario1, TicketType.Request, "Instalar juego en el computador",
            "Quisiera instalar un juego para los descansos.", "Soporte Técnico", "/Hardware/Equipo de cómputo", Level.Low, Level.Low);
        await tickets.RejectAsync(agente1, outOfScope,
            "La instalación de software no institucional está fuera del catálogo de servicios.", null, ct);

        var network = await New(usuario2, TicketType.Incident, "Sin conexión a internet en la sala de juntas",
            "Los equipos de la sala de juntas no tienen internet.", "Soporte Técnico", "/Redes/Internet", Level.High, Level.High);
        await tickets.AssignAsync(agente1, network, "Soporte Técnico", "agente2", "Se escala a redes.", null, ct);
        await tickets.AddActionAsync(agente2, network, TicketActionKind.Solution,
            "Se reemplazó el punto de red dañado.", null, null, ct);
        await tickets.ConfirmAsync(usuario2, network, true, 5, "Muy rápido, gracias.", null, ct);
    }

    private async Task<Actor> ActorAsync(string userName, CancellationToken ct) =>
        await actors.ForUserAsync(await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(ct), ct);
}

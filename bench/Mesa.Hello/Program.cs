// The ceiling of this machine for an ASP.NET Core answer. Plain Kestrel, one route, no logging,
// no middleware: `dotnet run -c Release --project bench/Mesa.Hello -- --urls http://127.0.0.1:5099`.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/", () => "hello");
app.Run();

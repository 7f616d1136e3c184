// LeadKit's web API sample: ASP.NET Core minimal APIs over the library, SQLite by default
// (appsettings.json), PostgreSQL by configuration (LeadKit:Store=Postgres, LeadKit:ConnectionString).
using LeadKit.EntityFrameworkCore;
using LeadKit.Extensions.DependencyInjection;
using LeadKit.Samples.WebApi;
using LeadKit.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddLeadKit(builder.Configuration.GetSection(LeadKitOptions.SectionName)).AddEntityFrameworkCoreStores();
builder.Services.Configure<SampleOptions>(builder.Configuration.GetSection(SampleOptions.SectionName));
builder.Services.AddSingleton<SampleWorkspace>();
builder.Services.AddHostedService(services => services.GetRequiredService<SampleWorkspace>());
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.ConfigureForLeadKit());
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<LeadKitProblems>();
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

// Every request works in the sample's workspace, as its owner (a real host resolves both from the signed-in user).
app.Use(async (http, next) =>
{
    var workspace = http.RequestServices.GetRequiredService<SampleWorkspace>();
    http.RequestServices.GetRequiredService<CurrentWorkspace>().Set(workspace.Id, workspace.Owner);
    await next(http);
});

app.UseDefaultFiles();
app.UseStaticFiles();   // the page in wwwroot: plain JavaScript, nothing from a CDN
app.MapOpenApi();
var api = app.MapGroup("/api");
api.MapLeads();
api.MapScoring();
api.MapOperations();
api.MapMerge();
api.MapFiles();
api.MapReports();
api.MapDuplicates();

app.Run();

/// <summary>The web application (public for <c>WebApplicationFactory</c> in the tests).</summary>
public partial class Program;

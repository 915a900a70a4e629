using SalesGraph.IntegrationTests.Infrastructure;

namespace SalesGraph.IntegrationTests.Accounts;

/// <summary>
/// <c>me.actions</c> lists exactly what each demo account may run, written out here independently of the declarations
/// in <c>api/Auth/WriteRules.cs</c>, so a wrong declaration fails; the last test shows a listed action runs and an
/// unlisted one is refused.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class MeActionsTests(SalesGraphApp app)
{
    private const string Complaints = " answerComplaint forwardComplaint logComplaint resolveComplaint";

    private const string Funnel = " createOpportunity moveOpportunity";

    public static TheoryData<string, string> ActionsByAccount() => new()
    {
        { "director", "activateContract approveContract approveDeliveryNotice assignCustomerOwner cancelSalesOrder cancelShipment changeCustomerGrade completeContract createContract createCustomer " +
            "deactivateCustomer logActivity readAuditLog rejectContract rejectDeliveryNotice setCustomerCredit setTarget splitTarget submitContract terminateContract updateContract updateCustomer" +
            " approveReturn rejectReturn" + Complaints +
            " applyReceipt recordReceipt reverseReceiptApplication" + Funnel +
            " escalateCollectionNotices recordPaymentPromise" +
            " setCreditPolicy approveGradeProposal rejectGradeProposal" },
        { "finance", "approveContract approveDeliveryNotice confirmPayment issueInvoice matchPayment recordPayment rejectContract rejectDeliveryNotice setCustomerCredit" +
            " applyReceipt recordReceipt reverseReceiptApplication voidInvoice" +
            " issueCreditNote generateStatements issueCollectionNotices escalateCollectionNotices importBankStatement" },
        { "admin", "manageAccounts readAuditLog" },
        { "manager.east", "activateContract approveContract approveDeliveryNotice assignCustomerOwner cancelSalesOrder cancelShipment completeContract createContract createCustomer " +
            "deactivateCustomer logActivity rejectContract rejectDeliveryNotice setTarget splitTarget submitContract terminateContract updateContract updateCustomer" +
            " approveReturn rejectReturn" + Complaints + Funnel +
            " recordPaymentPromise proposeGradeChange" },
        { "rep.east.1", "approveContract createContract createCustomer createSalesOrder logActivity submitContract updateContract updateCustomer" +
            " requestReturn" + Complaints + Funnel +
            " recordStatementResponse recordPaymentPromise writeDiaryEntry" },
        { "support.east", "activateContract cancelSalesOrder cancelShipment closeSalesOrder completeContract confirmSalesOrder createCustomer createDeliveryNotice " +
            "createSalesOrder logActivity markDelivered markShipped " +
            "matchPayment recordPayment updateCustomer" +
            " requestReturn receiveReturn" + Complaints +
            " recordStatementResponse" },
        { "bi", "" },
        { "erp", "activateContract cancelSalesOrder cancelShipment closeSalesOrder completeContract confirmSalesOrder createContract createCustomer createDeliveryNotice " +
            "createSalesOrder markDelivered markShipped recordPayment " +
            "submitContract updateContract updateCustomer" +
            " requestReturn receiveReturn" +
            " recordReceipt" },
    };

    [Theory]
    [MemberData(nameof(ActionsByAccount))]
    public async Task MeListsExactlyTheActionsTheAccountMayRun(string account, string expected)
    {
        var actions = await ActionsAsync(account);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), actions);
    }

    [Fact]
    public async Task AnActionMeDoesNotListIsRefusedAndOneItListsIsAttempted()
    {
        var token = await app.TokenAsync("rep.east.1");
        Assert.DoesNotContain("setCustomerCredit", await ActionsAsync("rep.east.1"));
        Assert.Contains("logActivity", await ActionsAsync("rep.east.1"));

        var refused = await app.PostAsync(
            "mutation { setCustomerCredit(input: { customerId: \"x\", creditLimit: 1 }) { errors { code } } }", null, token);
        var attempted = await app.PostAsync(
            "mutation { logActivity(input: { customerId: \"x\", kind: VISIT, subject: \"s\" }) { errors { code path } } }", null, token);

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], refused.ErrorCodes);
        Assert.Empty(attempted.Errors);
        Assert.Equal("VALIDATION", attempted.Data!["logActivity"]!["errors"]![0]!["code"]!.GetValue<string>());
    }

    private async Task<List<string>> ActionsAsync(string account)
    {
        var me = (await app.PostAsync("{ me { actions } }", null, await app.TokenAsync(account))).EnsureNoErrors().Data!["me"]!;
        return [.. me["actions"]!.AsArray().Select(a => a!.GetValue<string>())];
    }
}

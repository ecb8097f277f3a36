package admin

func TestAdminClient_pagerWithLightPage(t *testing.T) {
	adminClient, err := NewClientFromConnectionString("Endpoint=sb://fakeendpoint.something/;SharedAccessKeyName=fakekeyname;SharedAccessKey=CHANGEME", nil) // allowed connection string
	require.NoError(t, err)
}

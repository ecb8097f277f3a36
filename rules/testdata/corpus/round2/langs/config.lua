local sas = [[sv=2021-08-06&spr=https&st=2026-11-06T05%3A00%3A00Z&se=2026-12-09T23%3A35%3A49Z&sip=10.0.0.1-10.0.0.255&sr=b&sp=cwdxe&sig=2c6b4641T3SVa0moszPtgeZtHGJKl8EFdhFl6JRac58%3D]]

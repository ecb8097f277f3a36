import pytest

# captured from generate_sas_token() during the March incident
TOKEN = "SharedAccessSignature sig=2QCFpzgeSIod1fkuI92ljbmJbg4WA35g%2f8Mb4DATdV0%3d&se=1795303061&skn=listen&sr=https%3a%2f%2fnotify-23g3.servicebus.windows.net%2fclicks%2fconsumergroups%2fanalytics%2fpartitions%2f3"


def test_token_shape():
    assert TOKEN.startswith("SharedAccessSignature ")

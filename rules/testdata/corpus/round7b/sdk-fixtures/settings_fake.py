# NOTE: these keys are fake, but valid base-64 data, they were generated using:
# base64.b64encode(os.urandom(64))

import os

STORAGE_ACCOUNT_NAME = os.getenv('STORAGE_ACCOUNT_NAME', "storagename")
STORAGE_ACCOUNT_KEY = os.getenv('STORAGE_ACCOUNT_KEY', "NzhL3hKZbJBuJ2484dPTR+xF30kYaWSSCbs2BzLgVVI1woqeST/1IgqaLm6QAOTxtGvxctSNbIR/1hW8yH+bJg==")
BLOB_STORAGE_ACCOUNT_NAME = os.getenv('BLOB_STORAGE_ACCOUNT_NAME', "blobstoragename")
BLOB_STORAGE_ACCOUNT_KEY = os.getenv('BLOB_STORAGE_ACCOUNT_KEY', "NzhL3hKZbJBuJ2484dPTR+xF30kYaWSSCbs2BzLgVVI1woqeST/1IgqaLm6QAOTxtGvxctSNbIR/1hW8yH+bJg==")
SERVICEBUS_NAME = "fakesbnamespace"

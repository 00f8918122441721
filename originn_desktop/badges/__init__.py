"""Open Badges 3.0: the certificate's facts as a signed, offline-verifiable credential."""

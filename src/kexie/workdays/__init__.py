"""Working days (工作日): the official calendar of holidays and make-up workdays, with local overrides."""

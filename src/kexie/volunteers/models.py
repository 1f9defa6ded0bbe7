"""科技志愿者, teams, activities and service records."""

"""科技志愿服务: volunteers, teams, activities, service hours and campaigns, on three levels."""

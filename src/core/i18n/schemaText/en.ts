/**
 * Short English labels for the schema's enum values, keyed by the pointer of the enum's node. The
 * schema itself has English titles and descriptions (other YAML tools show them), but its enum
 * values are identifiers (`short_video`); a plan or a completion list shows these labels instead.
 */
export const EN_ENUM_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '/properties/locale': { hy: 'Armenian', en: 'English', ru: 'Russian' },
  '/properties/phase': { planning: 'We think (planning)', execution: 'We work (execution)' },
  '/properties/voice/properties/formality': { casual: 'Casual', neutral: 'Neutral', formal: 'Formal' },
  '/properties/voice/properties/humor': { none: 'No humour', occasional: 'Now and then', frequent: 'Often' },
  '/properties/budget/properties/per': { month: 'Per month', quarter: 'Per quarter', period: 'For the whole period' },
  '/properties/reporting/properties/cadence': { weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly' },
  '/properties/reporting/properties/strategy_review': { monthly: 'Monthly', quarterly: 'Quarterly', yearly: 'Yearly' },
  '/definitions/network': {
    facebook: 'Facebook', instagram: 'Instagram', threads: 'Threads', tiktok: 'TikTok', youtube: 'YouTube',
    linkedin: 'LinkedIn', x: 'X', twitter: 'X (Twitter)', telegram: 'Telegram', vk: 'VK', odnoklassniki: 'Odnoklassniki',
    pinterest: 'Pinterest', snapchat: 'Snapchat', whatsapp: 'WhatsApp', reddit: 'Reddit', bluesky: 'Bluesky',
    google_business_profile: 'Google Business Profile', blog: 'Blog', other: 'Other',
  },
  '/definitions/contentFormat': {
    post: 'Post', image: 'Image', carousel: 'Carousel', short_video: 'Short video', long_video: 'Long video', story: 'Story',
    live: 'Live broadcast', text: 'Text post', poll: 'Poll', article: 'Article', message: 'Message or newsletter',
  },
  '/definitions/metric/anyOf/0': {
    reach: 'Reach', impressions: 'Impressions', followers: 'Followers', follower_growth_rate: 'Follower growth',
    video_views: 'Video views', profile_visits: 'Profile visits', mentions: 'Mentions', share_of_voice: 'Share of voice',
    engagement_rate: 'Engagement rate', likes: 'Likes', comments: 'Comments', shares: 'Shares', saves: 'Saves',
    replies: 'Replies', link_clicks: 'Link clicks', ctr: 'Click-through rate', referral_sessions: 'Website visits from social media',
    leads: 'Leads', dm_inquiries: 'Enquiries in messages', form_submissions: 'Forms filled in', sign_ups: 'Sign-ups',
    cost_per_lead: 'Cost per lead', conversion_rate: 'Conversion rate', conversions: 'Conversions', revenue: 'Revenue',
    orders: 'Orders', promo_redemptions: 'Offers redeemed', cost_per_conversion: 'Cost per conversion',
    roas: 'Return on ad spend', first_response_time: 'Time to first reply', avg_response_time: 'Average reply time',
    response_rate: 'Reply rate', resolution_rate: 'Resolution rate', csat: 'Customer satisfaction', sentiment: 'Sentiment',
    active_members: 'Active members', ugc_posts: 'Customer posts about the brand', repeat_customers: 'Repeat customers',
    nps: 'Net Promoter Score', reviews: 'Reviews',
  },
  '/definitions/audience/properties/evidence/items': {
    competitor_monitoring: 'Competitor monitoring', poll: 'Polls', analytics: 'Analytics', interviews: 'Interviews',
    sales_data: 'Sales data', assumption: 'Assumption',
  },
  '/definitions/budgetItem/properties/category': {
    ads: 'Advertising', content: 'Content production', tools: 'Tools', people: 'People', influencers: 'Influencers', other: 'Other',
  },
  '/definitions/calendarEntry/properties/status': { idea: 'Idea', draft: 'Draft', approved: 'Approved', scheduled: 'Scheduled', published: 'Published' },
  '/definitions/channel/properties/status': { planned: 'Planned', active: 'Active', paused: 'Paused', retired: 'Closed' },
  '/definitions/channel/properties/priority': { high: 'High', medium: 'Medium', low: 'Low' },
  '/definitions/competitor/properties/kind': { direct: 'Direct', indirect: 'Indirect', aspirational: 'Role model' },
  '/definitions/contentPillar/properties/kind': {
    educational: 'Educational', entertaining: 'Entertaining', inspirational: 'Inspirational', promotional: 'Promotional',
    community: 'Community', behind_the_scenes: 'Behind the scenes', news: 'News', social_proof: 'Reviews and results',
  },
  '/definitions/demographics/properties/gender/items': { female: 'Women', male: 'Men', any: 'Any' },
  '/definitions/demographics/properties/marital_status/items': {
    single: 'Single', in_relationship: 'In a relationship', married: 'Married', divorced: 'Divorced', widowed: 'Widowed',
    with_children: 'Has children', any: 'Any',
  },
  '/definitions/demographics/properties/income': { low: 'Low', middle: 'Middle', high: 'High', any: 'Any' },
  '/definitions/frequency/properties/per': { day: 'Per day', week: 'Per week', month: 'Per month' },
  '/definitions/goal/properties/type': {
    awareness: 'Awareness', engagement: 'Engagement', traffic: 'Traffic', leads: 'Leads', sales: 'Sales',
    customer_care: 'Customer care', community: 'Community', loyalty: 'Loyalty',
  },
  '/definitions/kpi/properties/unit': { count: 'Count', percent: 'Percent', hours: 'Hours', minutes: 'Minutes', currency: 'Money', ratio: 'Ratio' },
  '/definitions/kpi/properties/per': { day: 'Per day', week: 'Per week', month: 'Per month', quarter: 'Per quarter', period: 'Over the whole period' },
  '/definitions/presence/properties/discussions': { none: 'None', low: 'Few', medium: 'Some', high: 'Lively' },
  '/definitions/teamMember/properties/roles/items': {
    owner: 'Owner', manager: 'Social media manager', creator: 'Content creator', approver: 'Approver',
    community_manager: 'Community manager', analyst: 'Analyst',
  },
};

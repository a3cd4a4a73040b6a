-- Reference data: the missions (tenants) and the parties they engage (DOMAIN.md §9.1, §9.2).
-- Party codes are stable: forms, API clients and reports rely on them.
insert into mission (code, name, country) values
    ('UNMISS',  'United Nations Mission in South Sudan', 'South Sudan'),
    ('MINUSMA', 'United Nations Multidimensional Integrated Stabilization Mission in Mali', 'Mali'),
    ('UNSOM',   'United Nations Assistance Mission in Somalia', 'Somalia'),
    ('MONUSCO', 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo', 'Democratic Republic of the Congo'),
    ('MINUSCA', 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic', 'Central African Republic');

insert into party (code, name, type, mission_code) values
    ('GOV-SSD',     'Government of South Sudan', 'GOVERNMENT', 'UNMISS'),
    ('SSPDF',       'South Sudan People''s Defence Forces (formerly SPLA)', 'STATE_ARMED_FORCE', 'UNMISS'),
    ('SSNPS',       'South Sudan National Police Service', 'POLICE', 'UNMISS'),
    ('SPLM-IO',     'SPLM/A in Opposition', 'NSAG', 'UNMISS'),
    ('SPLA-IO-RM',  'SPLA-IO (RM)', 'NSAG', 'UNMISS'),
    ('GOV-COD',     'Government of the Democratic Republic of the Congo', 'GOVERNMENT', 'MONUSCO'),
    ('FARDC',       'Armed Forces of the DRC (FARDC)', 'STATE_ARMED_FORCE', 'MONUSCO'),
    ('PNC',         'Congolese National Police', 'POLICE', 'MONUSCO'),
    ('GOV-SOM',     'Federal Government of Somalia', 'GOVERNMENT', 'UNSOM'),
    ('SNA',         'Somali National Army', 'STATE_ARMED_FORCE', 'UNSOM'),
    ('SPF',         'Somali Police Force', 'POLICE', 'UNSOM'),
    ('AMISOM',      'African Union Mission in Somalia (AMISOM)', 'REGIONAL_FORCE', 'UNSOM'),
    ('GOV-MLI',     'Government of Mali', 'GOVERNMENT', 'MINUSMA'),
    ('FDSM',        'Malian Defence and Security Forces', 'STATE_ARMED_FORCE', 'MINUSMA'),
    ('PLATEFORME',  'La Plateforme', 'COALITION', 'MINUSMA'),
    ('CMA',         'Coordination des mouvements de l''Azawad (CMA)', 'COALITION', 'MINUSMA'),
    ('MSA',         'Mouvement pour le salut de l''Azawad (MSA)', 'NSAG', 'MINUSMA'),
    ('MAA',         'Mouvement arabe de l''Azawad (MAA)', 'NSAG', 'MINUSMA'),
    ('GOV-CAF',     'Government of the Central African Republic', 'GOVERNMENT', 'MINUSCA'),
    ('APPR-GROUPS', 'Signatory armed groups of the APPR', 'COALITION', 'MINUSCA');

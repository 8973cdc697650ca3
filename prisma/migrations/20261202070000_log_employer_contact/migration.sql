-- /contact in one round trip: the path a specialist waits on after every
-- visit. Run as one statement, the function keeps what the command's
-- interactive transaction gave (five round trips): the employer's row lock
-- numbers cups of tea one contact at a time, each statement inside sees what
-- committed before it (a VOLATILE function takes a new snapshot per statement
-- under READ COMMITTED), and the contact, its audit events and the
-- idempotency record commit together or not at all. A redelivery fails on the
-- record's key and rolls the whole call back.
--
-- Numbering follows renumberCupsOfTea (src/services/contacts.ts): contacts in
-- date order, then in the order logged, so the new row (the highest id) comes
-- after every contact on or before its date and before every later one.
--
-- Returns what the reply is made from, and stores it in the idempotency record
-- (p_stored with these figures added under "result"), so that a redelivery is
-- answered from the same figures.
CREATE FUNCTION ips_log_employer_contact(
  p_organisation_id int,
  p_employer_name text,
  p_match_key text,
  p_caller_id int,
  p_client_id int,
  p_contacted_on date,
  p_type "ContactType",
  p_next_contact_on date,
  p_benefits_liaison boolean,
  p_details text,
  p_week_start date,
  p_week_end date,
  p_platform text,
  p_key text,
  p_at timestamp(3),
  p_stored jsonb
) RETURNS jsonb LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  in_person constant boolean := p_type IN ('face_to_face', 'visit');
  employer record;
  created boolean := false;
  liaison boolean;
  contact record;
  week_count int;
  result jsonb;
BEGIN
  SELECT id, name, "benefitsLiaison" INTO employer FROM "Employer"
  WHERE "organisationId" = p_organisation_id AND "matchKey" = p_match_key
  FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    INSERT INTO "Employer" ("organisationId", name, "matchKey") VALUES (p_organisation_id, p_employer_name, p_match_key)
    ON CONFLICT ("organisationId", "matchKey") DO NOTHING
    RETURNING id, name, "benefitsLiaison" INTO employer;
    created := FOUND;
    IF NOT created THEN -- created by someone else since the lookup
      SELECT id, name, "benefitsLiaison" INTO STRICT employer FROM "Employer"
      WHERE "organisationId" = p_organisation_id AND "matchKey" = p_match_key
      FOR NO KEY UPDATE;
    END IF;
  END IF;
  -- Contacts with an employer flagged as benefits staff (Jobcentre Plus) are liaison, whatever was typed.
  liaison := p_benefits_liaison OR employer."benefitsLiaison";

  INSERT INTO "EmployerContact"
    ("specialistId", "employerId", "clientId", "contactedOn", type, "cupOfTea", "nextContactOn", "benefitsLiaison", details, "createdAt")
  SELECT p_caller_id, employer.id, p_client_id, p_contacted_on, p_type,
    (count(*) FILTER (WHERE c.type IN ('face_to_face', 'visit')))::int + in_person::int,
    p_next_contact_on, liaison, p_details, p_at
  FROM "EmployerContact" c
  WHERE c."specialistId" = p_caller_id AND c."employerId" = employer.id AND c."contactedOn" <= p_contacted_on
  RETURNING id, "cupOfTea" INTO contact;

  IF in_person THEN
    UPDATE "EmployerContact" SET "cupOfTea" = "cupOfTea" + 1
    WHERE "specialistId" = p_caller_id AND "employerId" = employer.id AND "contactedOn" > p_contacted_on;
  END IF;
  UPDATE "Employer" SET "lastContactOn" = p_contacted_on
  WHERE id = employer.id AND ("lastContactOn" IS NULL OR "lastContactOn" < p_contacted_on);

  -- The caller's in-person employer contacts in the week, this one included (benefits staff are not employers).
  SELECT count(*)::int INTO week_count FROM "EmployerContact"
  WHERE "specialistId" = p_caller_id AND type IN ('face_to_face', 'visit') AND NOT "benefitsLiaison"
    AND "contactedOn" BETWEEN p_week_start AND p_week_end;

  IF created THEN
    INSERT INTO "AuditEvent" ("actorId", platform, action, entity, "entityId", details, at)
    VALUES (p_caller_id, p_platform, 'employer.create', 'Employer', employer.id::text, jsonb_build_object('name', employer.name), p_at);
  END IF;
  INSERT INTO "AuditEvent" ("actorId", platform, action, entity, "entityId", details, at)
  VALUES (p_caller_id, p_platform, 'contact.create', 'EmployerContact', contact.id::text,
    jsonb_build_object('employerId', employer.id, 'clientId', p_client_id, 'type', p_type, 'contactedOn', p_contacted_on::text), p_at);

  result := coalesce(p_stored -> 'result', '{}'::jsonb) || jsonb_build_object(
    'contactId', contact.id,
    'employer', employer.name,
    'employerCreated', created,
    'benefitsLiaison', liaison,
    'cupOfTea', contact."cupOfTea",
    'faceToFaceInWeek', week_count);
  INSERT INTO "ProcessedCommand" (key, reply, "createdAt") VALUES (p_key, p_stored || jsonb_build_object('result', result), p_at);
  RETURN result;
END
$$;

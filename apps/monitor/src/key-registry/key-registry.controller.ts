import {
  applyDecorators,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentStaff, Public, Roles, type StaffPrincipal } from '@tongban/auth';
import type { RegisteredCountyKey } from '@tongban/contracts';
import { NationalOfficeGuard } from '../national-office/national-office.guard';
import { RegisterCountyKeyDto } from './dtos/register-county-key.dto';
import { CountyKeyParams, RevokeCountyKeyDto } from './dtos/revoke-county-key.dto';
import { KeyRegistryService, type RegistryView } from './key-registry.service';

/** Changing whom every node trusts is for the national office's supervisors alone (R32, R34). */
const KeyRegistrars = () =>
  applyDecorators(
    Roles('SUPERVISOR'),
    UseGuards(NationalOfficeGuard),
    ApiUnauthorizedResponse({ description: 'No valid staff token' }),
    ApiForbiddenResponse({
      description: 'Not a supervisor of the national monitoring office (100000)',
    }),
  );

/**
 * The national registry of county signing keys (security item 6): the national office
 * registers a county's key and revokes it; every node follows what it publishes.
 */
@ApiTags('key registry')
@Controller('key-registry')
export class KeyRegistryController {
  constructor(private readonly registry: KeyRegistryService) {}

  // Public: public keys only, for provincial systems checking what they dock into (R34).
  @Public()
  @Get()
  @ApiOperation({ summary: 'The registry as last published (public keys only)', security: [] })
  @ApiOkResponse({ description: '{ sequence, issuedAt, keys: RegisteredCountyKey[] }' })
  current(): Promise<RegistryView> {
    return this.registry.current();
  }

  @Post('keys')
  @KeyRegistrars()
  @ApiOperation({ summary: "Registers a county's new Ed25519 signing key and publishes it" })
  @ApiCreatedResponse({ description: 'The key as published, with its RFC 7638 id' })
  @ApiBadRequestResponse({ description: 'A field is invalid; the message names it' })
  @ApiConflictResponse({ description: 'The key is already registered' })
  register(
    @Body() input: RegisterCountyKeyDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<RegisteredCountyKey> {
    return this.registry.register(input, staff);
  }

  @Post('keys/:thumbprint/revocation')
  @HttpCode(200)
  @KeyRegistrars()
  @ApiOperation({
    summary: 'Revokes a key: every node refuses what it signs from the revocation time on',
  })
  @ApiOkResponse({ description: 'The key as published, with its revocation' })
  @ApiBadRequestResponse({ description: 'A field is invalid; the message names it' })
  @ApiNotFoundResponse({ description: 'No such key in the registry' })
  @ApiConflictResponse({ description: 'The key was already revoked' })
  revoke(
    @Param() params: CountyKeyParams,
    @Body() input: RevokeCountyKeyDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<RegisteredCountyKey> {
    return this.registry.revoke(params.thumbprint, input, staff);
  }
}
